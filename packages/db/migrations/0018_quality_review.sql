CREATE TABLE "qa_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"agent_id" uuid,
	"reason" text NOT NULL,
	"calibration_id" uuid,
	"status" text NOT NULL,
	"review_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "qa_calibrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "qa_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"category" text NOT NULL,
	"raised_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"original_value" jsonb NOT NULL,
	"decided_value" jsonb,
	"decided_by" uuid,
	"decision_comment" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_rescore_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"after_review_id" uuid,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "qa_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reviewer_id" uuid,
	"agent_id" uuid,
	"calibration_id" uuid,
	"ratings" jsonb NOT NULL,
	"score" double precision,
	"critical_failed" boolean NOT NULL,
	"human_only" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sentiment" jsonb,
	"comment" text,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_sampled_weeks" (
	"account_id" uuid NOT NULL,
	"week" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qa_sampled_weeks_account_id_week_pk" PRIMARY KEY("account_id","week")
);
--> statement-breakpoint
CREATE TABLE "qa_scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" jsonb NOT NULL,
	"categories" jsonb NOT NULL,
	"current" boolean NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_settings" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"default_family_id" uuid NOT NULL,
	"sample_per_agent" integer DEFAULT 3 NOT NULL,
	"low_score_below" integer DEFAULT 60 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "qa_assignments" ADD CONSTRAINT "qa_assignments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_assignments" ADD CONSTRAINT "qa_assignments_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_assignments" ADD CONSTRAINT "qa_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_assignments" ADD CONSTRAINT "qa_assignments_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_assignments" ADD CONSTRAINT "qa_assignments_calibration_id_qa_calibrations_id_fk" FOREIGN KEY ("calibration_id") REFERENCES "public"."qa_calibrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_assignments" ADD CONSTRAINT "qa_assignments_review_id_qa_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."qa_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_calibrations" ADD CONSTRAINT "qa_calibrations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_calibrations" ADD CONSTRAINT "qa_calibrations_scorecard_id_qa_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."qa_scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_calibrations" ADD CONSTRAINT "qa_calibrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_disputes" ADD CONSTRAINT "qa_disputes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_disputes" ADD CONSTRAINT "qa_disputes_review_id_qa_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."qa_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_disputes" ADD CONSTRAINT "qa_disputes_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_disputes" ADD CONSTRAINT "qa_disputes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rescore_runs" ADD CONSTRAINT "qa_rescore_runs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rescore_runs" ADD CONSTRAINT "qa_rescore_runs_scorecard_id_qa_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."qa_scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_reviews" ADD CONSTRAINT "qa_reviews_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_reviews" ADD CONSTRAINT "qa_reviews_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_reviews" ADD CONSTRAINT "qa_reviews_scorecard_id_qa_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."qa_scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_reviews" ADD CONSTRAINT "qa_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_reviews" ADD CONSTRAINT "qa_reviews_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_sampled_weeks" ADD CONSTRAINT "qa_sampled_weeks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_scorecards" ADD CONSTRAINT "qa_scorecards_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_scorecards" ADD CONSTRAINT "qa_scorecards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_settings" ADD CONSTRAINT "qa_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "qa_assignments_once_idx" ON "qa_assignments" USING btree ("account_id","conversation_id","cycle","reviewer_id",coalesce(calibration_id, '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "qa_assignments_queue_idx" ON "qa_assignments" USING btree ("account_id","reviewer_id","status","created_at");--> statement-breakpoint
CREATE INDEX "qa_assignments_calibration_idx" ON "qa_assignments" USING btree ("account_id","calibration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_disputes_category_idx" ON "qa_disputes" USING btree ("account_id","review_id","category");--> statement-breakpoint
CREATE INDEX "qa_disputes_status_idx" ON "qa_disputes" USING btree ("account_id","status","created_at");--> statement-breakpoint
CREATE INDEX "qa_rescore_runs_account_idx" ON "qa_rescore_runs" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_reviews_automatic_idx" ON "qa_reviews" USING btree ("account_id","conversation_id","cycle") WHERE kind = 'automatic';--> statement-breakpoint
CREATE UNIQUE INDEX "qa_reviews_reviewer_idx" ON "qa_reviews" USING btree ("account_id","conversation_id","cycle","reviewer_id",coalesce(calibration_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE kind <> 'automatic';--> statement-breakpoint
CREATE INDEX "qa_reviews_agent_idx" ON "qa_reviews" USING btree ("account_id","agent_id","resolved_at");--> statement-breakpoint
CREATE INDEX "qa_reviews_conversation_idx" ON "qa_reviews" USING btree ("account_id","conversation_id");--> statement-breakpoint
CREATE INDEX "qa_reviews_rescore_idx" ON "qa_reviews" USING btree ("account_id","id") WHERE kind = 'automatic';--> statement-breakpoint
CREATE UNIQUE INDEX "qa_scorecards_version_idx" ON "qa_scorecards" USING btree ("account_id","family_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_scorecards_current_idx" ON "qa_scorecards" USING btree ("account_id","family_id") WHERE current;