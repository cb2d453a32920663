import { describe, expect, it } from "vitest";
import { backupName, backupsToRemove } from "@/lib/jobs/backup";

describe("nightly backup rotation", () => {
  it("names backups so that they sort as time does", () => {
    expect(backupName(new Date("2026-11-30T02:15:07Z"))).toBe("beraad-nightly-20261130-021507.dump");
  });

  it("removes all but the newest N nightly backups and never touches other files", () => {
    const files = ["beraad-nightly-20261128-021500.dump", "beraad-nightly-20261130-021500.dump", "beraad-nightly-20261129-021500.dump", "handmatig.dump", "beraad-nightly-20261127-021500.dump.partial"];
    expect(backupsToRemove(files, 2)).toEqual(["beraad-nightly-20261128-021500.dump"]);
    expect(backupsToRemove(files, 5)).toEqual([]);
    expect(backupsToRemove(files, 1)).toEqual(["beraad-nightly-20261128-021500.dump", "beraad-nightly-20261129-021500.dump"]);
  });
});
