import "./client.js";
export {};
