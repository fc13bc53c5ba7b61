/**
 * The story contract on the Neo4j store over the simulated database (no server here): checks the
 * mapping of (:Story) rows to stories; the Cypher itself is linted in cypher.test.ts and runs for real in
 * the contract suite when NEO4J_URI is set.
 */
import { describe, expect, it } from "vitest";
import { STORY_INPUT, storyContract } from "../contract/stories.ts";
import { createNeo4jStoreOn } from "./index.ts";
import { createSimulatedRunner } from "./simulatedDb.ts";

describe("Neo4j store on the simulated database", () => {
  storyContract(async () => {
    const store = createNeo4jStoreOn(createSimulatedRunner());
    await store.init();
    return store;
  });

  it("writes title and steps as JSON strings on one (:Story) node", async () => {
    const runner = createSimulatedRunner();
    const store = createNeo4jStoreOn(runner);
    const story = await store.stories.create(STORY_INPUT, "layla");
    const write = runner.db.log.find((l) => /CREATE \(s:Story/.test(l.query))!;
    const props = write.params.props as Record<string, unknown>;
    expect(typeof props.steps).toBe("string");
    expect(JSON.parse(props.steps as string)).toEqual(story.steps);
    expect(JSON.parse(props.title as string)).toEqual(STORY_INPUT.title);
  });
});
