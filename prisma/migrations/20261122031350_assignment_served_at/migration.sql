-- AlterTable
ALTER TABLE "Player" ADD COLUMN     "servedAt" TIMESTAMP(3);
