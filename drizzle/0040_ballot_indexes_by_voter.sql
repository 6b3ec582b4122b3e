CREATE INDEX "ballots_current_idx" ON "ballots" USING btree ("decision_id","id") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "ballots_voter_idx" ON "ballots" USING btree ("voter_id","decision_id","id");--> statement-breakpoint
CREATE INDEX "election_ballots_voter_idx" ON "election_ballots" USING btree ("voter_id","election_id","id");