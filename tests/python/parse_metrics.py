"""Parses a /metrics exposition with the Prometheus project's own parser
(the PyPI prometheus-client package, installed in .venv by tests/run.sh)
and prints every sample as one JSON object per line, for tests/metrics.rs:

    .venv/bin/python tests/python/parse_metrics.py FILE

The OpenMetrics parser is the strict one: it rejects a missing `# EOF`,
a histogram without +Inf, sum or count, a counter sample without
`_total`, a repeated family. A parse error exits non-zero with the
parser's message.
"""
import json
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            print(json.dumps({
                "family": family.name,
                "type": family.type,
                "name": sample.name,
                "labels": sample.labels,
                "value": sample.value,
            }))


if __name__ == "__main__":
    main()
