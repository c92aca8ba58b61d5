import { monteCarloServer, type MonteCarloReply, type MonteCarloRequest } from './monte-carlo-protocol';

/**
 * The worker's side of the protocol. Typed here by hand: the WebWorker type
 * library cannot be added to a project that also uses the DOM's.
 */
const scope = self as unknown as { postMessage(reply: MonteCarloReply): void; onmessage: ((event: MessageEvent<MonteCarloRequest>) => void) | null };

/** A macrotask, not a microtask: only a macrotask lets a message that has arrived meanwhile be delivered. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const serve = monteCarloServer((reply) => scope.postMessage(reply), nextTask);
scope.onmessage = (event) => void serve(event.data);
