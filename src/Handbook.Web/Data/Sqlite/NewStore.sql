CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "ContentIssues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentIssues" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "Line" INTEGER NOT NULL,
    "Message" TEXT NOT NULL
);

CREATE TABLE "ContentStates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentStates" PRIMARY KEY,
    "Version" TEXT NOT NULL,
    "SyncedAt" TEXT NOT NULL
);

CREATE TABLE "Parts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Parts" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    "IntroHtml" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL
);

CREATE TABLE "Pages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pages" PRIMARY KEY AUTOINCREMENT,
    "PartId" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "Roles" TEXT NOT NULL,
    "Aliases" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Pages_Parts_PartId" FOREIGN KEY ("PartId") REFERENCES "Parts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PageHeadings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PageHeadings" PRIMARY KEY AUTOINCREMENT,
    "PageId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Level" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Anchor" TEXT NOT NULL,
    CONSTRAINT "FK_PageHeadings_Pages_PageId" FOREIGN KEY ("PageId") REFERENCES "Pages" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReadingItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReadingItems" PRIMARY KEY AUTOINCREMENT,
    "PageId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "List" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Author" TEXT NULL,
    "Url" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Note" TEXT NULL,
    "IsDead" INTEGER NOT NULL,
    CONSTRAINT "FK_ReadingItems_Pages_PageId" FOREIGN KEY ("PageId") REFERENCES "Pages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PageHeadings_PageId" ON "PageHeadings" ("PageId");

CREATE INDEX "IX_Pages_PartId" ON "Pages" ("PartId");

CREATE INDEX "IX_Pages_Sequence" ON "Pages" ("Sequence");

CREATE UNIQUE INDEX "IX_Pages_Slug" ON "Pages" ("Slug");

CREATE UNIQUE INDEX "IX_Parts_Slug" ON "Parts" ("Slug");

CREATE INDEX "IX_ReadingItems_PageId" ON "ReadingItems" ("PageId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124000000_Initial', '10.0.14');

CREATE TABLE "Roles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Roles" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Stage" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "Areas" TEXT NOT NULL,
    "ChapterSlugs" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "Skills" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Skills" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Group" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "LevelsAreHandbooksChoice" INTEGER NOT NULL,
    "ChapterSlugs" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "RoleSkills" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RoleSkills" PRIMARY KEY AUTOINCREMENT,
    "RoleId" INTEGER NOT NULL,
    "SkillId" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    CONSTRAINT "FK_RoleSkills_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "Roles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RoleSkills_Skills_SkillId" FOREIGN KEY ("SkillId") REFERENCES "Skills" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SkillLevels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SkillLevels" PRIMARY KEY AUTOINCREMENT,
    "SkillId" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    "Meaning" TEXT NOT NULL,
    CONSTRAINT "FK_SkillLevels_Skills_SkillId" FOREIGN KEY ("SkillId") REFERENCES "Skills" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Roles_Slug" ON "Roles" ("Slug");

CREATE UNIQUE INDEX "IX_RoleSkills_RoleId_SkillId" ON "RoleSkills" ("RoleId", "SkillId");

CREATE INDEX "IX_RoleSkills_SkillId" ON "RoleSkills" ("SkillId");

CREATE INDEX "IX_SkillLevels_SkillId" ON "SkillLevels" ("SkillId");

CREATE UNIQUE INDEX "IX_Skills_Slug" ON "Skills" ("Slug");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124100000_RolesAndSkills', '10.0.14');

ALTER TABLE "PageHeadings" ADD "SectionMarkdown" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Roles" ADD "Headings" TEXT NULL;

CREATE TABLE "Moderators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Moderators" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "Suggestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Suggestions" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "PagePath" TEXT NOT NULL,
    "PageTitle" TEXT NOT NULL,
    "SectionAnchor" TEXT NULL,
    "SectionTitle" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Email" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ModeratorNote" TEXT NULL,
    "ReviewedBy" TEXT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "ReviewedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Moderators_Email" ON "Moderators" ("Email");

CREATE UNIQUE INDEX "IX_Suggestions_Reference" ON "Suggestions" ("Reference");

CREATE INDEX "IX_Suggestions_Status_PagePath" ON "Suggestions" ("Status", "PagePath");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124200000_Suggestions', '10.0.14');

ALTER TABLE "PageHeadings" ADD "Excerpt" TEXT NOT NULL DEFAULT '';

CREATE TABLE "PageChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PageChanges" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL
);

CREATE VIRTUAL TABLE SearchEntries USING fts5(path UNINDEXED, anchor UNINDEXED, title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124300000_SearchAndChanges', '10.0.14');

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125000000_DataProtectionKeys', '10.0.14');

ALTER TABLE "Roles" ADD "Aliases" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Skills" ADD "Aliases" TEXT NOT NULL DEFAULT '[]';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000000_RoleAndSkillAliases', '10.0.14');

CREATE TABLE SearchPaths (Id INTEGER NOT NULL PRIMARY KEY, Path TEXT NOT NULL UNIQUE, FirstEntry INTEGER NOT NULL, LastEntry INTEGER NOT NULL);

CREATE VIRTUAL TABLE SearchPages USING fts5(title, headings, body, tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO SearchPaths (Path, FirstEntry, LastEntry) SELECT path, min(rowid), max(rowid) FROM SearchEntries GROUP BY path;

INSERT INTO SearchPages (rowid, title, headings, body)
SELECT p.Id,
       (SELECT e.title FROM SearchEntries e WHERE e.rowid = p.FirstEntry),
       coalesce((SELECT group_concat(e.heading, char(10) ORDER BY e.rowid) FROM SearchEntries e
                 WHERE e.rowid BETWEEN p.FirstEntry AND p.LastEntry AND e.heading <> ''), ''),
       (SELECT group_concat(e.body, char(10) ORDER BY e.rowid) FROM SearchEntries e WHERE e.rowid BETWEEN p.FirstEntry AND p.LastEntry)
FROM SearchPaths p;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127000000_SearchByPage', '10.0.14');

CREATE TABLE "ModeratorSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ModeratorSessions" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_ModeratorSessions_Email" ON "ModeratorSessions" ("Email");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203000000_ModeratorSessions', '10.0.14');

ALTER TABLE "Pages" RENAME COLUMN "Html" TO "IntroHtml";

ALTER TABLE "Roles" RENAME COLUMN "Html" TO "IntroHtml";

ALTER TABLE "Skills" RENAME COLUMN "Html" TO "IntroHtml";

ALTER TABLE "PageHeadings" ADD "TitleHtml" TEXT NOT NULL DEFAULT '';

ALTER TABLE "PageHeadings" ADD "Html" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Skills" ADD "Headings" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203100000_ProseBySection', '10.0.14');

DROP TABLE "PageHeadings";

ALTER TABLE "Pages" ADD "Headings" TEXT NULL;

ALTER TABLE "Pages" ADD "PrintIntroHtml" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Roles" ADD "PrintIntroHtml" TEXT NOT NULL DEFAULT '';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203200000_HeadingsOneWay', '10.0.14');

ALTER TABLE "Skills" ADD "Framework" TEXT NOT NULL DEFAULT '2017';

ALTER TABLE "Skills" ADD "AlsoNeededBy" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Skills" ADD "Replaces" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Roles" ADD "FrameworkSummary" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Roles" ADD "Grades" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Roles" ADD "GradesAsOf" TEXT NULL;

ALTER TABLE "Pages" ADD "Changes" TEXT NULL;

ALTER TABLE "Pages" ADD "LastUpdated" TEXT NULL;

ALTER TABLE "Pages" DROP COLUMN "UpdatedAt";

ALTER TABLE "Roles" ADD "Changes" TEXT NULL;

ALTER TABLE "Roles" ADD "LastUpdated" TEXT NULL;

ALTER TABLE "Roles" DROP COLUMN "UpdatedAt";

ALTER TABLE "Skills" ADD "Changes" TEXT NULL;

ALTER TABLE "Skills" ADD "LastUpdated" TEXT NULL;

ALTER TABLE "Skills" DROP COLUMN "UpdatedAt";

DROP TABLE "PageChanges";

CREATE TABLE "FrameworkSources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FrameworkSources" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Reviewed" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "IntroHtml" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203300000_CurrentFramework', '10.0.14');

ALTER TABLE "Roles" ADD "StartHere" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203400000_StartHere', '10.0.14');

CREATE TABLE "Glossaries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Glossaries" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "IntroHtml" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Terms" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204000000_Glossary', '10.0.14');

ALTER TABLE "Suggestions" ADD "PublicReply" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204100000_PublicReply', '10.0.14');

ALTER TABLE "Suggestions" ADD "ProposedText" TEXT NULL;

ALTER TABLE "Suggestions" ADD "BaseText" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204200000_ProposedWording', '10.0.14');

