// Run a rendered Anki multiple-choice card in jsdom (a real DOM with scripts) and act as a learner:
//   node card_script.js FRONT.html BACK.html PICK_TEXT
// Prints JSON: the options' order on the front, the order on the back, and the back's marks.
const fs = require("fs");
const { JSDOM } = require("jsdom");
const [front, back, pickText] = [fs.readFileSync(process.argv[2], "utf8"), fs.readFileSync(process.argv[3], "utf8"), process.argv[4]];
const texts = (doc) => [...doc.querySelectorAll("#qg-options li")].map((li) => li.textContent.trim());
const page = new JSDOM(`<body class="card">${front}</body>`, { runScripts: "outside-only" });
const win = page.window;
let revealed = false;
win.pycmd = (cmd) => { if (cmd === "ans") revealed = true; };
// Anki desktop keeps one page and swaps each side's HTML in, then runs that side's script once.
win.eval(front.match(/<script>([\s\S]*?)<\/script>/)[1]);
const frontOrder = texts(win.document);
const hintShown = win.document.querySelector("#qg-options").className.includes("qg-live");
const n = frontOrder.indexOf(pickText) + 1;
win.document.dispatchEvent(new win.KeyboardEvent("keydown", { key: String(n) }));
win.document.body.innerHTML = back;
win.eval(back.match(/<script>([\s\S]*?)<\/script>/)[1]);
const doc = win.document;
process.stdout.write(JSON.stringify({
  frontOrder, hintShown, revealed, backOrder: texts(doc),
  right: [...doc.querySelectorAll("li.qg-right")].map((li) => li.textContent.trim()),
  wrong: [...doc.querySelectorAll("li.qg-wrong")].map((li) => li.textContent.trim()),
  picked: [...doc.querySelectorAll("li.qg-picked")].map((li) => li.textContent.trim()),
  verdict: doc.getElementById("qg-verdict").textContent,
}));
