#!/usr/bin/env bash
# Build time added by the generator: builds one small project that uses the generator exactly as the sample does, with and
# without the generator in its compilation (ProbeWithGenerator; without it, the analyzer is taken out of the compiler's inputs
# just before compiling, so both builds do the same MSBuild work), and prints the median of each in three compiler modes:
#   warm server   the compiler server (the SDK default) after warm-up builds, as a developer's edit-build loop runs;
#   first build   the first build after the compiler server starts, as after a reboot or `dotnet build-server shutdown`;
#   no server     a new compiler process per build (UseSharedCompilation=false), as many CI systems build.
# Dependencies are built once up front; each measured build recompiles only the probe project.
# Usage: benchmarks/Spoke.Generator.Benchmarks/measure-build-time.sh [rounds, default 5] [warm-up builds, default 20]
set -euo pipefail
rounds="${1:-5}"
warmups="${2:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
probe="$here/obj/build-time-probe"
mkdir -p "$probe"

cat > "$probe/BuildTimeProbe.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <IsPackable>false</IsPackable>
    <UseSpokeGenerator>true</UseSpokeGenerator>
    <SpokeSchemaDirectory>$(SpokeRepoRoot)schema-snapshots</SpokeSchemaDirectory>
  </PropertyGroup>
  <Target Name="RemoveSpokeGenerator" BeforeTargets="CoreCompile" Condition="'$(ProbeWithGenerator)' != 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'Spoke.Generator'" />
    </ItemGroup>
  </Target>
</Project>
XML
cat > "$probe/Program.cs" <<'CS'
System.Console.WriteLine(Spoke.CrmObjectType.Contacts.Name);
CS

build() { # $1 = true|false, $2 = true|false (compiler server); prints the build's seconds and its CoreCompile seconds
  touch "$probe/Program.cs"
  local start end summary
  summary="$(mktemp)"
  start=$(date +%s.%N)
  UseSharedCompilation="$2" dotnet build "$probe/BuildTimeProbe.csproj" -c Release --no-restore --no-dependencies \
    -p:ProbeWithGenerator="$1" -nologo -v:q -clp:PerformanceSummary >"$summary"
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc),$(awk '$2 == "ms" && $3 == "CoreCompile" { print $1 / 1000; exit }' "$summary")"
  rm -f "$summary"
}

stop_server() { dotnet build-server shutdown >/dev/null 2>&1 || true; }

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

column_median() { tr ' ' '\n' <<<"$1" | grep . | cut -d, -f"$2" | median; } # $1 = "build,compile" pairs, $2 = 1 or 2

report() { # $1 = label, $2 and $3 = the with and without samples ("build,compile" pairs, space-separated)
  local w wo cw cwo
  w=$(column_median "$2" 1); wo=$(column_median "$3" 1); cw=$(column_median "$2" 2); cwo=$(column_median "$3" 2)
  printf '%-12s %6.2f s %6.2f s %6.2f s    %6.2f s %6.2f s %6.2f s\n' "$1" "$w" "$wo" "$(echo "$w - $wo" | bc)" \
    "$cw" "$cwo" "$(echo "$cw - $cwo" | bc)"
}

for flag in true false; do
  dotnet build "$probe/BuildTimeProbe.csproj" -c Release -p:ProbeWithGenerator="$flag" -nologo -v:q >/dev/null
done

warm_with=""; warm_without=""; first_with=""; first_without=""; cold_with=""; cold_without=""

stop_server
for _ in $(seq "$warmups"); do build true true >/dev/null; build false true >/dev/null; done
for _ in $(seq "$rounds"); do
  warm_with+=" $(build true true)"
  warm_without+=" $(build false true)"
done

for _ in $(seq "$rounds"); do
  stop_server; first_with+=" $(build true true)"
  stop_server; first_without+=" $(build false true)"
done
stop_server

for _ in $(seq "$rounds"); do
  cold_with+=" $(build true false)"
  cold_without+=" $(build false false)"
done

printf 'median of %d    build time                     of which CoreCompile\n' "$rounds"
printf '%-12s %8s %8s %8s    %8s %8s %8s\n' "" with without added with without added
report "warm server" "$warm_with" "$warm_without"
report "first build" "$first_with" "$first_without"
report "no server" "$cold_with" "$cold_without"
