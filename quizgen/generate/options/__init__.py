"""Wrong options for multiple choice: names of the answer's kind, places, numbers and dates."""
