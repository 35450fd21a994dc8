// Parse a GIFT file with gift-pegjs (a real GIFT grammar) and print the questions as JSON.
// Usage: node parse_gift.js FILE   (exit 1 with the parser's message if the file is not valid GIFT)
const fs = require("fs");
const { parse } = require("gift-pegjs");
try {
  process.stdout.write(JSON.stringify(parse(fs.readFileSync(process.argv[2], "utf8"))));
} catch (e) {
  const where = e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : "";
  process.stderr.write(`invalid GIFT${where}: ${e.message}\n`);
  process.exit(1);
}
