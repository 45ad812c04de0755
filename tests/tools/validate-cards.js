#!/usr/bin/env node
// Validates Adaptive Cards with the official renderer (adaptivecards 3.x) in plain Node, no browser.
//
// stdin:  { "name": card, ... } where card is the card object or its JSON text (text lets one
//         malformed card be reported without breaking the whole batch).
// stdout: { "name": [ { "phase", "event", "message" }, ... ], ... } ([] means valid).
//
// Phases "Parse" and "Validation" come from the renderer itself. Phase "Json" is a malformed card
// text. Phase "Host" holds checks the renderer does not make: Teams renders at most version 1.5,
// the root must say type "AdaptiveCard" (the renderer is silent when it is absent), elements and
// actions must not be newer than the card's version, and collections such as "body" must be
// arrays (the renderer silently drops a non-array collection).
"use strict";

const AC = require("adaptivecards/dist/adaptivecards.js");

const HOST_MAX_VERSION = AC.Versions.v1_5;

// Properties that hold arrays of card objects; the renderer ignores them when they are not arrays.
const COLLECTION_PROPERTIES = [
  "body", "items", "actions", "columns", "rows", "cells", "inlines", "facts", "choices", "images", "pages",
];

function hostEvent(event, message) {
  return { phase: "Host", event, message };
}

function rendererEvent(e) {
  return { phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message };
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function checkCollections(source, what, events) {
  for (const property of COLLECTION_PROPERTIES) {
    if (source[property] !== undefined && !Array.isArray(source[property])) {
      events.push(hostEvent("InvalidPropertyValue",
        `Property "${property}" of ${what} must be an array; the renderer drops it silently.`));
    }
  }
}

function checkTypeVersion(registry, typeName, cardVersion, kind, events) {
  const registration = registry.findByName(typeName);
  if (registration && registration.schemaVersion.compareTo(cardVersion) > 0) {
    events.push(hostEvent(kind === "element" ? "ElementTypeNotAllowed" : "ActionTypeNotAllowed",
      `${kind === "element" ? "Element" : "Action"} type "${typeName}" needs card version ` +
      `${registration.schemaVersion.toString()}, above the ${cardVersion.toString()} this card may use.`));
  }
}

// Returns the version elements are checked against: the declared one, capped at the host maximum.
function checkRoot(json, events) {
  if (json.version === undefined) {
    events.push(hostEvent("UnsupportedCardVersion",
      `The card declares no "version"; Teams needs one, at most ${HOST_MAX_VERSION.toString()}.`));
    return HOST_MAX_VERSION;
  }
  const declared = AC.Version.parse(String(json.version), new AC.SerializationContext());
  if (!declared || !declared.isValid) {
    return HOST_MAX_VERSION; // The renderer reports the malformed version itself.
  }
  if (declared.compareTo(HOST_MAX_VERSION) > 0) {
    events.push(hostEvent("UnsupportedCardVersion",
      `The card declares version ${declared.toString()}; Teams renders at most ${HOST_MAX_VERSION.toString()}.`));
    return HOST_MAX_VERSION;
  }
  return declared;
}

function validateCard(input) {
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return [{ phase: "Json", event: "InvalidJson", message: `The card is not valid JSON: ${error.message}` }];
    }
  }
  if (!isObject(json)) {
    return [hostEvent("MissingCardType", "The card must be a JSON object with type \"AdaptiveCard\".")];
  }

  const hostEvents = [];
  const cardVersion = checkRoot(json, hostEvents);
  checkCollections(json, "the card", hostEvents);

  const context = new AC.SerializationContext();
  context.onParseElement = (element, source) => {
    checkTypeVersion(AC.GlobalRegistry.elements, element.getJsonTypeName(), cardVersion, "element", hostEvents);
    checkCollections(source, `element "${element.getJsonTypeName()}"`, hostEvents);
  };
  context.onParseAction = (action, source) => {
    checkTypeVersion(AC.GlobalRegistry.actions, action.getJsonTypeName(), cardVersion, "action", hostEvents);
    if (isObject(source.card)) {
      checkCollections(source.card, "the card of Action.ShowCard", hostEvents);
    }
  };

  const card = new AC.AdaptiveCard();
  const events = [];
  try {
    card.parse(json, context);
  } catch (error) {
    events.push({ phase: "Parse", event: "Other", message: `The renderer threw while parsing: ${error.message}` });
  }
  for (let i = 0; i < context.eventCount; i++) {
    events.push(rendererEvent(context.getEventAt(i)));
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push(rendererEvent(e));
  }

  const rendererSawType = events.some((e) => e.event === "MissingCardType");
  if (json.type !== "AdaptiveCard" && !rendererSawType) {
    events.push(hostEvent("MissingCardType", `The card's type is ${JSON.stringify(json.type)}, not "AdaptiveCard".`));
  }
  return events.concat(hostEvents);
}

function main(text) {
  let batch;
  try {
    batch = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`stdin must be a JSON object of named cards: ${error.message}\n`);
    process.exit(2);
  }
  if (!isObject(batch)) {
    process.stderr.write("stdin must be a JSON object of named cards.\n");
    process.exit(2);
  }
  const result = {};
  for (const [name, card] of Object.entries(batch)) {
    result[name] = validateCard(card);
  }
  process.stdout.write(JSON.stringify(result));
}

const chunks = [];
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => main(chunks.join("")));
