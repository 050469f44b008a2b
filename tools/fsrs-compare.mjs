// Checks the theme's FSRS scheduler (templates/assets/fsrs.js) against the reference implementation
// ts-fsrs, configured as fsrs.js says (default weights, no fuzz, long-term scheduling), on generated
// review sequences: after every review both must give the same stability, difficulty, due time, reps and
// lapses. Prints one line per difference and a summary; exits 1 if there is a difference.
// Usage: node tools/fsrs-compare.mjs [SEQUENCES] [SEED]
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { createEmptyCard, fsrs, FSRSVersion } from "ts-fsrs";

const sequences = Number(process.argv[2] ?? 500);
let seed = Number(process.argv[3] ?? 20261205);

// A small seeded generator (mulberry32), so that a failure can be run again.
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const sandbox = {};
runInNewContext(readFileSync(new URL("../templates/assets/fsrs.js", import.meta.url), "utf8"), sandbox);
const ours = sandbox.studyguideFsrs;
const reference = fsrs({ enable_fuzz: false, enable_short_term: false });

const DAY = 86400000;
let reviews = 0;
let differences = 0;
for (let n = 0; n < sequences; n++) {
  let now = Date.UTC(2024, 0, 1) + Math.floor(random() * 365 * DAY);
  let theirs = createEmptyCard(new Date(now));
  let mine = null;
  const grades = [];
  const length = 1 + Math.floor(random() * 15);
  for (let i = 0; i < length; i++) {
    const grade = 1 + Math.floor(random() * 4);
    grades.push(grade);
    theirs = reference.next(theirs, new Date(now), grade).card;
    mine = ours.review(mine, grade, now);
    reviews++;
    const expected = [theirs.stability, theirs.difficulty, theirs.due.getTime(), theirs.reps, theirs.lapses];
    const actual = [mine.s, mine.d, mine.due, mine.reps, mine.lapses];
    if (expected.some((value, k) => value !== actual[k])) {
      differences++;
      console.log(`sequence ${n}, grades ${grades.join(",")}: ts-fsrs [s, d, due, reps, lapses] = `
          + `${JSON.stringify(expected)}, fsrs.js ${JSON.stringify(actual)}`);
    }
    // The next review: on time, early, late, the same day or much later.
    const interval = mine.due - now;
    const when = random();
    now += when < 0.15 ? Math.floor(random() * 6 * 3600000)
        : when < 0.5 ? Math.floor(interval * (0.5 + random()))
          : when < 0.85 ? interval
            : Math.floor(interval * (1 + 4 * random()) + random() * 30 * DAY);
  }
}
console.log(`${FSRSVersion}: ${sequences} sequences, ${reviews} reviews, ${differences} differences`);
process.exit(differences === 0 ? 0 : 1);
