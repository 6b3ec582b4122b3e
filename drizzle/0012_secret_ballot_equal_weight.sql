-- A secret ballot weighs every ballot equally (src/lib/domain/decisions/weights.ts): a weight equal
-- to a public declared stake, or a group's factor, would say who cast it. Decisions proposed before
-- the rule that have no ballots yet take it now; those already voting or closed keep the weights
-- their ballots were cast with (docs/ballot-secrecy.md).
UPDATE "decisions" SET "weighting" = 'equal'
WHERE "secret" AND "weighting" <> 'equal' AND "phase" IN ('draft', 'discussion', 'amendments');
