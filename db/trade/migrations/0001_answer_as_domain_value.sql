ALTER TABLE `trade_request` ADD `answer` text;--> statement-breakpoint
-- The answer was kept as the HTTP status sent (201; a refusal's, with its code in answer_code; 0
-- for a flow a restart cut off; null while the flow ran): the same meaning, in the trade service's words.
UPDATE `trade_request` SET `answer` = CASE
	WHEN `answer_status` IS NULL THEN NULL
	WHEN `answer_status` IN (200, 201) THEN 'created'
	WHEN `answer_status` = 0 THEN 'interrupted'
	ELSE `answer_code`
END;--> statement-breakpoint
ALTER TABLE `trade_request` DROP COLUMN `answer_status`;--> statement-breakpoint
ALTER TABLE `trade_request` DROP COLUMN `answer_code`;
