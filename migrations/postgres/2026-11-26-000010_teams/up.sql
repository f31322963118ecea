-- Teams: one instance serves several coalitions. Each statement belongs
-- to a team; coordinators see and act on their teams' statements only.
CREATE TABLE teams (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX teams_name ON teams (name);

CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

-- What exists already forms one team, everyone in it.
INSERT INTO teams (id, name, created_at) VALUES ('default', 'Default team', CURRENT_TIMESTAMP);
INSERT INTO team_members (team_id, user_id) SELECT 'default', id FROM users;

-- No foreign key (SQLite cannot add one with a default): a team with
-- statements is never deleted.
ALTER TABLE statements ADD COLUMN team_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX statements_team ON statements (team_id);

-- The team an invitation makes its coordinator a member of.
ALTER TABLE one_time_tokens ADD COLUMN team_id TEXT;
