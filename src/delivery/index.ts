export type { ChatAddress, ChatStatusSink, OutgoingPort, SendResult } from "./outgoing-port.ts";
