-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "ongoing" BOOLEAN NOT NULL DEFAULT false;
