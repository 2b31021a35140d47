#!/usr/bin/env python3
"""Writes the openAPIV3Schema of every served version of the given CRD files to
OUT_DIR/<group>_<version>_<Kind>.json, without descriptions (they are most of the bytes and the
validator does not read them). Usage: extract.py OUT_DIR CRD.yaml... (see README.md)."""
import json
import os
import sys

import yaml


def strip(node):
    if isinstance(node, dict):
        # "description" is a schema keyword here, except as a property name inside "properties"
        return {k: (strip_properties(v) if k == "properties" else strip(v))
                for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def strip_properties(props):
    return {name: strip(schema) for name, schema in props.items()}


def main(out_dir, files):
    os.makedirs(out_dir, exist_ok=True)
    for path in files:
        with open(path, encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if not doc or doc.get("kind") != "CustomResourceDefinition":
                    continue
                spec = doc["spec"]
                for version in spec["versions"]:
                    if not version.get("served", True):
                        continue
                    name = f'{spec["group"]}_{version["name"]}_{spec["names"]["kind"]}.json'
                    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as out:
                        json.dump(strip(version["schema"]["openAPIV3Schema"]), out,
                                  sort_keys=True, separators=(",", ":"))
                        out.write("\n")
                    print(os.path.join(out_dir, name))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
