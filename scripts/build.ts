import { ensureBuilt } from "@/scripts/launcher/build";
import { exitWithError } from "@/scripts/launcher/errors";

ensureBuilt()
  .then((built) => console.log(built ? "Build complete." : "Build is up to date."))
  .catch(exitWithError);
