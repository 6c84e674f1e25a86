// npm run eval -- entities [--topics=a,b] [--quick] [--epochs=N] [--buckets=LOG2] [--factrueval]
// [--no-consistency] [--no-corpus] [--no-lexicon] [--no-english] [--english-only] [--only-english] [--no-linking] [--reuse-models] [--seed=N] [--bags=N] [--english-repeat=N]: entity recognition, leave-one-topic-out over the
// SlavicNER topics (BSNLP strict and relaxed, span-exact on the raw text), wikigold cross-validation,
// the seeds, and base forms + linking of the found mentions (issue 5). `--seed` trains the fold models with
// another shuffle seed than the shipped model's: the spread across seeds is what a difference must beat.
// `--only-english`: the wikigold cross-validation alone (no SlavicNER folds, linking or seeds), for
// measuring English changes in minutes rather than half an hour.

import { join } from "node:path";
import { SHIPPED_TRAINING } from "../../scripts/train-entities.ts";
import { listTopics } from "../../src/entities/recognize/corpus/slavicner.ts";
import { shippedNerModel } from "../../src/entities/recognize/shipped.ts";
import { DEFAULT_TRAIN_OPTIONS } from "../../src/entities/recognize/train.ts";
import { ERROR_KINDS, englishCrossValidation } from "../entities/english-cv.ts";
import { type FoundLinking, linkFound } from "../entities/link-found.ts";
import { type FoldResult, runNerFold } from "../entities/ner-fold.ts";
import { addNerCounts, emptyNerCounts, f1, type NerCounts } from "../entities/ner-metrics.ts";
import { checkSeeds } from "../entities/seeds.ts";
import { seedsCheck } from "../entities/seeds-check.ts";
import { SHARED_DIR, sharedPath } from "../shared.ts";
import type { Cell, EvalSuite, EvalTable } from "../suite.ts";

function flag(args: string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function prf(c: NerCounts["strict"]): Cell[] {
  const s = f1(c);
  return [round(s.p), round(s.r), round(s.f)];
}

type EnglishSettings = { quick: boolean; epochs: number; buckets: number; corpus: boolean; seed: number; bags: number };

/** The wikigold cross-validation's tables: scores by type, and where the errors are. */
function englishReport(args: string[], evalDir: string, s: EnglishSettings): { tables: EvalTable[]; metrics: Record<string, number> } {
  const englishOnly = args.includes("--english-only");
  const repeat = Number(flag(args, "english-repeat") ?? SHIPPED_TRAINING.englishRepeat);
  const cv = englishCrossValidation(evalDir, s.quick ? 3 : 5, s.epochs, s.buckets, s.corpus, s.seed, englishOnly, s.bags, repeat);
  const scores: EvalTable = {
    title: `English wikigold, ${cv.folds}-fold cross-validation (span-exact, CoNLL types; trained ${englishOnly ? "on English alone" : "with the SlavicNER topics, as shipped"})`,
    columns: ["type", "P", "R", "F1"],
    rows: [...Object.entries(cv.byType).sort(), ["all", cv.total] as const, ["spans, any type", cv.untyped] as const].map(([t, c]) => [
      t,
      ...prf(c),
    ]),
  };
  const errors: EvalTable = {
    title:
      "English wikigold errors by gold type: the gold span found with another type, overlapped by a wrong span, or missed outright; spurious: found spans overlapping no gold span",
    columns: ["gold type", "gold", "exact", ...ERROR_KINDS],
    rows: Object.entries(cv.errors)
      .sort()
      .map(([t, e]) => [t, e.gold, e.exact, ...ERROR_KINDS.map((k) => e[k])]),
  };
  return { tables: [scores, errors], metrics: { "entities.english.span.f1": f1(cv.total).f } };
}

export const suite: EvalSuite = {
  name: "entities",
  description: "entity recognition (leave-one-topic-out on SlavicNER, wikigold CV, seeds) with base forms and linking of found mentions",
  requires: ["eval/slavicner/raw", "eval/slavicner/ner"],
  async run(args) {
    const quick = args.includes("--quick");
    const evalDir = sharedPath("eval");
    const allTopics = listTopics(join(evalDir, "slavicner"));
    const onlyEnglish = args.includes("--only-english");
    const chosen = onlyEnglish ? [] : (flag(args, "topics")?.split(",") ?? allTopics);
    const epochs = Number(flag(args, "epochs") ?? (quick ? 3 : SHIPPED_TRAINING.epochs));
    const buckets = 2 ** Number(flag(args, "buckets") ?? SHIPPED_TRAINING.bucketsLog2);
    const factRuEval = args.includes("--factrueval") || SHIPPED_TRAINING.factRuEval;
    const seed = Number(flag(args, "seed") ?? DEFAULT_TRAIN_OPTIONS.seed);
    const bags = Number(flag(args, "bags") ?? SHIPPED_TRAINING.bags);
    const consistency = !args.includes("--no-consistency");
    const corpus = !args.includes("--no-corpus");
    const withLinking = !args.includes("--no-linking");
    const log = args.includes("--verbose") ? (l: string) => console.error(l) : undefined;
    const folds: FoldResult[] = [];
    const linking = new Map<string, FoundLinking>();
    for (const heldOut of chosen) {
      const fold = runNerFold({
        evalDir,
        allTopics,
        heldOut,
        epochs,
        buckets,
        factRuEval,
        consistency,
        corpus,
        lexicon: !args.includes("--no-lexicon"),
        reuseModels: args.includes("--reuse-models"),
        seed,
        bags,
        log,
      });
      folds.push(fold);
      if (withLinking) linking.set(heldOut, linkFound(heldOut, fold.docs));
      console.error(`entities: fold ${heldOut} done (train ${fold.trainSeconds.toFixed(0)} s)`);
    }
    const tables: EvalTable[] = [];
    if (onlyEnglish) {
      const english = englishReport(args, evalDir, { quick, epochs, buckets, corpus, seed, bags });
      return {
        ...english,
        notes: [`settings: epochs ${epochs}, seed ${seed}, buckets 2^${Math.log2(buckets)}, corpus evidence ${corpus}`],
      };
    }
    const metrics: Record<string, number> = {};
    const notes: string[] = [];
    const rate = (x: { found: number; total: number }) => (x.total === 0 ? null : round(x.found / x.total));
    tables.push({
      title: corpus
        ? "NER by held-out topic (train on the others; raw files as given; read twice, the second time with the first pass's names as corpus evidence; `alone`: the first pass)"
        : "NER by held-out topic (train on the others; raw files as given; each article alone)",
      columns: [
        "topic",
        "docs",
        "strict P",
        "strict R",
        "strict F1",
        "relaxed P",
        "relaxed R",
        "relaxed F1",
        "span F1",
        "strict F1 alone",
        "R seen",
        "R unseen",
        "R lowercase",
        "train s",
      ],
      rows: folds.map((f) => [
        f.topic,
        f.docs.length,
        ...prf(f.total.strict),
        ...prf(f.total.relaxed),
        round(f1(f.total.span).f),
        f.alone ? round(f1(f.alone.strict).f) : null,
        rate(f.recall.seen),
        rate(f.recall.unseen),
        rate(f.recall.lowercase),
        Math.round(f.trainSeconds),
      ]),
    });
    const avg = {
      strict: mean(folds.map((f) => f1(f.total.strict).f)),
      relaxed: mean(folds.map((f) => f1(f.total.relaxed).f)),
      span: mean(folds.map((f) => f1(f.total.span).f)),
    };
    tables[0]?.rows.push([
      "mean of folds",
      null,
      null,
      null,
      round(avg.strict),
      null,
      null,
      round(avg.relaxed),
      round(avg.span),
      corpus ? round(mean(folds.map((f) => f1(f.alone?.strict ?? emptyNerCounts().strict).f))) : null,
      null,
      null,
      null,
      null,
    ]);
    metrics["entities.ner.strict.f1"] = avg.strict;
    metrics["entities.ner.relaxed.f1"] = avg.relaxed;
    metrics["entities.ner.span.f1"] = avg.span;
    if (corpus) metrics["entities.ner.strict.f1.alone"] = mean(folds.map((f) => f1(f.alone?.strict ?? emptyNerCounts().strict).f));
    const byLang = new Map<string, NerCounts>();
    const byType = emptyNerCounts();
    for (const f of folds) {
      addNerCounts(byType, f.total);
      for (const [lang, c] of f.byLang) {
        const slot = byLang.get(lang) ?? emptyNerCounts();
        addNerCounts(slot, c);
        byLang.set(lang, slot);
      }
    }
    tables.push({
      title: "NER by language (all held-out documents pooled)",
      columns: ["lang", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "span F1"],
      rows: [...byLang].sort().map(([lang, c]) => [lang, ...prf(c.strict), ...prf(c.relaxed), round(f1(c.span).f)]),
    });
    for (const [lang, c] of byLang) metrics[`entities.ner.relaxed.f1.${lang}`] = f1(c.relaxed).f;
    tables.push({
      title: "span-exact NER by type (pooled)",
      columns: ["type", "P", "R", "F1"],
      rows: Object.entries(byType.spanByType)
        .sort()
        .map(([t, c]) => [t, ...prf(c)]),
    });
    if (withLinking && linking.size > 0) {
      const rows: Cell[][] = [...linking].map(([topic, l]) => [
        topic,
        l.baseForms.n,
        round(l.baseForms.accuracy),
        round(l.linking.all.f1),
        l.linking.unseen.n,
        round(l.linking.unseen.f1),
      ]);
      const ls = [...linking.values()];
      const la = {
        base: mean(ls.map((l) => l.baseForms.accuracy)),
        f: mean(ls.map((l) => l.linking.all.f1)),
        unseen: mean(ls.map((l) => l.linking.unseen.f1)),
      };
      rows.push(["mean", null, round(la.base), round(la.f), null, round(la.unseen)]);
      tables.push({
        title: "base forms and linking of the correctly found mentions (end to end)",
        columns: ["topic", "found", "base form acc", "B3 F1", "unseen items", "B3 F1 unseen"],
        rows,
      });
      metrics["entities.e2e.baseforms.accuracy"] = la.base;
      metrics["entities.e2e.linking.f1"] = la.f;
      metrics["entities.e2e.linking.unseen.f1"] = la.unseen;
    }
    if (!args.includes("--no-english")) {
      const english = englishReport(args, evalDir, { quick, epochs, buckets, corpus, seed, bags });
      tables.push(...english.tables);
      Object.assign(metrics, english.metrics);
    }
    const model = shippedNerModel();
    if (model) {
      const seeds = checkSeeds(SHARED_DIR, model);
      tables.push({
        title: "seeds (shipped model): listed mentions found",
        columns: ["listed", "found", "of which inside a longer mention", "share"],
        rows: [[seeds.listed, seeds.found, seeds.inside, round(seeds.found / Math.max(1, seeds.listed))]],
      });
      metrics["entities.seeds.found"] = seeds.found / Math.max(1, seeds.listed);
      if (seeds.missed.length > 0) notes.push(`seed mentions missed: ${seeds.missed.join("; ")}`);
      const whole = seedsCheck(SHARED_DIR);
      tables.push({
        title: "seeds (whole pipeline): listed mentions found, entities on one id, ids with one name",
        columns: ["listed", "found", "entities split across ids", "ids with several names"],
        rows: [[whole.listed, whole.found, whole.split.length, whole.names.length]],
      });
      metrics["entities.seeds.pipeline.found"] = whole.found / Math.max(1, whole.listed);
      for (const line of [...whole.missed.map((m) => `missed ${m}`), ...whole.split, ...whole.names])
        notes.push(`seeds (pipeline): ${line}`);
    } else notes.push("no shipped model (resources/entities/ner-model.bin.gz): seeds not checked");
    notes.push(
      `settings: epochs ${epochs}, seed ${seed}, buckets 2^${Math.log2(buckets)}, consistency ${consistency}, corpus evidence ${corpus}, lexicon types ${!args.includes("--no-lexicon")} (built without the held-out topic), FactRuEval ${factRuEval}`,
    );
    return { tables, metrics, notes };
  },
};
