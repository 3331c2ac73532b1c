import { exitWithError, launch } from "@/lib/server/launch";

launch("dev").catch(exitWithError);
