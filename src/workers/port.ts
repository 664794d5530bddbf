// The rpc Port of a worker_threads endpoint: the host's Worker or the worker's parentPort.
import type { MessagePort, Worker } from 'worker_threads';
import type { Port } from '../shared/rpc';

/** Adapts a Worker (host side) or parentPort (worker side) to the rpc layer. */
export function nodePort(target: Worker | MessagePort): Port {
  return {
    post: (message, transfer) => target.postMessage(message, transfer),
    listen: (handler) => {
      target.on('message', handler);
      return () => target.off('message', handler);
    },
  };
}
