ALTER TABLE one_time_tokens DROP COLUMN team_id;
DROP INDEX statements_team;
ALTER TABLE statements DROP COLUMN team_id;
DROP TABLE team_members;
DROP TABLE teams;
