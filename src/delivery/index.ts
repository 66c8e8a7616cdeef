export type { ChatStatusSink, OutgoingPort, SendResult } from "./outgoing-port.ts";
