/**
 * Posting lists: for each key, the positions that hold it, in ascending order. Built one position at a time, in
 * order (the event index adds all its events at once; the word index a slice of texts at a time).
 */
export function postingListBuilder() {
  const lists = new Map<string, number[]>();
  return {
    add(position: number, key: string) {
      const list = lists.get(key);
      // Positions come in ascending order: a key repeated at one position is the list's last entry already.
      if (!list) lists.set(key, [position]);
      else if (list.at(-1) !== position) list.push(position);
    },
    done: (): Map<string, Uint32Array> => new Map([...lists].map(([k, v]) => [k, Uint32Array.from(v)])),
  };
}
