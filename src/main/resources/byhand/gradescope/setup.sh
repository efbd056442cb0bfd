#!/usr/bin/env bash
# byhand's autograder setup. Gradescope runs it once, as root, when it builds the autograder image
# (Ubuntu 22.04). Everything grading needs is in this zip; only the Java runtime comes from apt.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends openjdk-17-jre-headless

# Fail the image build now, rather than every submission later, if byhand cannot start.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java -jar "$here/byhand.jar" --version
