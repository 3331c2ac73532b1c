import { ensureBuilt } from "@/lib/server/build";
import { exitWithError } from "@/lib/server/errors";

ensureBuilt()
  .then((built) => console.log(built ? "Build complete." : "Build is up to date."))
  .catch(exitWithError);
