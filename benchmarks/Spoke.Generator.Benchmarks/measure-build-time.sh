#!/usr/bin/env bash
# Build time added by the generator: compiles one small project twice per round, with UseSpokeGenerator=true (every
# shipped snapshot generated and compiled) and =false (same code, same runtime reference, no generator), and prints
# the median of each. Dependencies are built once up front; each measured build recompiles only the probe project.
# Usage: benchmarks/Spoke.Generator.Benchmarks/measure-build-time.sh [rounds, default 5]
set -euo pipefail
rounds="${1:-5}"
here="$(cd "$(dirname "$0")" && pwd)"
probe="$here/obj/build-time-probe"
mkdir -p "$probe"

cat > "$probe/BuildTimeProbe.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <IsPackable>false</IsPackable>
    <SpokeSchemaDirectory>$(SpokeRepoRoot)schema-snapshots</SpokeSchemaDirectory>
    <!-- Set here rather than on the command line: a global UseSpokeGenerator would reach the runtime project too. -->
    <UseSpokeGenerator>$(ProbeWithGenerator)</UseSpokeGenerator>
  </PropertyGroup>
  <ItemGroup Condition="'$(UseSpokeGenerator)' != 'true'">
    <ProjectReference Include="$(SpokeRepoRoot)src/Runtime/Spoke.csproj" />
  </ItemGroup>
</Project>
XML
cat > "$probe/Program.cs" <<'CS'
System.Console.WriteLine(Spoke.CrmObjectType.Contacts.Name);
CS

build() { # $1 = true|false; prints seconds spent in the build of the probe alone
  touch "$probe/Program.cs"
  local start end
  start=$(date +%s.%N)
  dotnet build "$probe/BuildTimeProbe.csproj" -c Release --no-restore --no-dependencies -p:ProbeWithGenerator="$1" -nologo -v:q >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for flag in true false; do
  dotnet build "$probe/BuildTimeProbe.csproj" -c Release -p:ProbeWithGenerator="$flag" -nologo -v:q >/dev/null
done

with=(); without=()
for _ in $(seq "$rounds"); do
  with+=("$(build true)")
  without+=("$(build false)")
done
w=$(printf '%s\n' "${with[@]}" | median)
wo=$(printf '%s\n' "${without[@]}" | median)
printf 'with generator:    %.2f s (median of %d)\nwithout generator: %.2f s\nadded:             %.2f s\n' "$w" "$rounds" "$wo" "$(echo "$w - $wo" | bc)"
