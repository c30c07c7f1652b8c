-- DropIndex
DROP INDEX "Quiz_sampleSlug_key";

-- CreateIndex
CREATE INDEX "Quiz_teacherId_idx" ON "Quiz"("teacherId");

-- CreateIndex
CREATE UNIQUE INDEX "Quiz_teacherId_sampleSlug_key" ON "Quiz"("teacherId", "sampleSlug");
