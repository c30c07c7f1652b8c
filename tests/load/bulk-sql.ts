// The bench's findings proposed one-statement bulk writes for the game's two big writes; the server now
// does exactly that (server/db/games.ts). These names stay for db-writes.ts and the --experiment switches.
export { insertAnswers as bulkInsertAnswers, upsertPlayers as bulkUpsertPlayers } from "../../server/db/games";
