#!/usr/bin/env bash
# JMH microbenchmarks (password hashing, token signing/checking). Bounded: 3 forks x (3 warm-up +
# 5 measured) iterations of 1 s per benchmark, about 2 minutes in all. Extra JMH options pass through,
# e.g. scripts/benchmark.sh TokenBenchmark -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
mvn -B -q -DskipTests -pl benchmarks -am install
# The same JIT hint the server runs with (./fullauth): inline BouncyCastle's Argon2 round function.
exec "$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar \
  -jvmArgsAppend "-XX:CompileCommand=quiet -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator::*" \
  -f 3 -wi 3 -i 5 -w 1s -r 1s "$@"
