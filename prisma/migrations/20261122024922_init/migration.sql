-- CreateTable
CREATE TABLE "Country" (
    "key" VARCHAR(8) NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("key")
);
