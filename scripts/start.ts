import { exitWithError, launch } from "@/lib/server/launch";

launch("start").catch(exitWithError);
