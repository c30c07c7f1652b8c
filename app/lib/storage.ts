// localStorage keys shared with the library page (host token) and kept by the player page (seat).
export interface SavedSeat {
  playerId: string;
  resumeToken: string;
  nickname: string;
}

const hostKey = (pin: string) => `factsprint:host:${pin}`;
const playerKey = (pin: string) => `factsprint:player:${pin}`;

function safeGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function loadHostToken(pin: string): string | null {
  return safeGet(hostKey(pin));
}

export function loadSeat(pin: string): SavedSeat | null {
  const raw = safeGet(playerKey(pin));
  if (!raw) return null;
  try {
    const seat = JSON.parse(raw) as Partial<SavedSeat>;
    if (typeof seat.playerId === "string" && typeof seat.resumeToken === "string" && typeof seat.nickname === "string") {
      return seat as SavedSeat;
    }
  } catch {
    /* fall through: a corrupt seat is no seat */
  }
  return null;
}

export function saveSeat(pin: string, seat: SavedSeat) {
  try {
    window.localStorage.setItem(playerKey(pin), JSON.stringify(seat));
  } catch {
    /* private mode: the game still works, only reload-resume is lost */
  }
}

export function clearSeat(pin: string) {
  try {
    window.localStorage.removeItem(playerKey(pin));
  } catch {
    /* ignore */
  }
}
