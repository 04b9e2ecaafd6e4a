CREATE TABLE `pay_order` (
	`id` text PRIMARY KEY NOT NULL,
	`trade_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`state` text NOT NULL,
	`owed` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_retry_at` integer,
	`last_error` text,
	`parked` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pay_order_owed_idx` ON `pay_order` (`next_retry_at`) WHERE "pay_order"."owed" is not null and "pay_order"."parked" = 0;--> statement-breakpoint
CREATE TABLE `trade_event` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`trade_id` text,
	`type` text NOT NULL,
	`detail` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trade_event_trade_idx` ON `trade_event` (`trade_id`,`id`);--> statement-breakpoint
CREATE TABLE `trade_order` (
	`id` text PRIMARY KEY NOT NULL,
	`amount_cents` integer NOT NULL,
	`strategy` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `trade_request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`idempotency_key` text,
	`amount_cents` integer NOT NULL,
	`strategy` text NOT NULL,
	`requested_at` integer NOT NULL,
	`answer_status` integer,
	`answer_code` text,
	`last_op` text DEFAULT 'create' NOT NULL,
	`redrive` text,
	`redrive_attempts` integer DEFAULT 0 NOT NULL,
	`next_redrive_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trade_request_key_idx` ON `trade_request` (`idempotency_key`) WHERE "trade_request"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX `trade_request_redrive_idx` ON `trade_request` (`next_redrive_at`) WHERE "trade_request"."redrive" = 'owed';