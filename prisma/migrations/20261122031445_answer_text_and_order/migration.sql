-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "order" JSONB,
ADD COLUMN     "text" TEXT,
ALTER COLUMN "choice" DROP NOT NULL;
