-- One- and two-character name searches (the trigram index cannot match fewer than 3 characters)
-- go through an index of every 2-character run of every name, plus its last character alone:
-- a 2-character query is one exact key, a 1-character query one key range. Kept by triggers, so
-- every writer (forms, imports, restores, the sqlite3 shell) keeps it true.
CREATE TABLE `name_gram_positions` (`n` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
INSERT INTO `name_gram_positions` (`n`)
	SELECT a.i * 16 + b.i + 1
	FROM (SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7
	      UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a,
	     (SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7
	      UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b;
--> statement-breakpoint
CREATE TABLE `enterprise_name_grams` (
	`gram` text NOT NULL,
	`enterprise_id` integer NOT NULL,
	PRIMARY KEY (`gram`, `enterprise_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT OR IGNORE INTO `enterprise_name_grams` (`gram`, `enterprise_id`)
	SELECT substr(e.name, p.n, 2), e.id FROM enterprises e JOIN name_gram_positions p ON p.n <= length(e.name);
--> statement-breakpoint
CREATE TRIGGER `enterprise_name_grams_ai` AFTER INSERT ON `enterprises` BEGIN
	INSERT OR IGNORE INTO enterprise_name_grams (gram, enterprise_id)
		SELECT substr(new.name, n, 2), new.id FROM name_gram_positions WHERE n <= length(new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_name_grams_au` AFTER UPDATE OF name ON `enterprises` BEGIN
	DELETE FROM enterprise_name_grams WHERE enterprise_id = old.id
		AND gram IN (SELECT substr(old.name, n, 2) FROM name_gram_positions WHERE n <= length(old.name));
	INSERT OR IGNORE INTO enterprise_name_grams (gram, enterprise_id)
		SELECT substr(new.name, n, 2), new.id FROM name_gram_positions WHERE n <= length(new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_name_grams_ad` AFTER DELETE ON `enterprises` BEGIN
	DELETE FROM enterprise_name_grams WHERE enterprise_id = old.id
		AND gram IN (SELECT substr(old.name, n, 2) FROM name_gram_positions WHERE n <= length(old.name));
END;
