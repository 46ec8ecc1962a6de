/**
 * Scratch state that a group of steps keeps for later steps of the same scenario (the answer to a refused
 * change, the role being viewed), typed and declared beside those steps, read with `world.scratch(KIND)`.
 * Each scenario has a World of its own, so each starts with a fresh one.
 */
export class Scratch<T> {
  constructor(readonly init: () => T) {}
}
