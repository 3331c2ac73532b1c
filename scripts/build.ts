import { ensureBuilt } from "@/lib/server/build";
import { exitWithError } from "@/lib/server/launch";

ensureBuilt()
  .then((built) => console.log(built ? "Build complete." : "Build is up to date."))
  .catch(exitWithError);
