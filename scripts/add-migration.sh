#!/usr/bin/env bash
# Adds a migration to BOTH providers' migrations sets: ./scripts/add-migration.sh <Name>
# (dotnet-ef is a local tool: .config/dotnet-tools.json; `dotnet tool restore` installs it.)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Jixiao.Data --context "${provider}JixiaoDb" \
    --output-dir "Persistence/Migrations/$provider" --namespace "Jixiao.Data.Persistence.Migrations.$provider"
  # With --namespace, dotnet-ef writes the model snapshot under a namespace-shaped folder: move it home.
  stray="src/Jixiao.Data/Jixiao/Data/Persistence/Migrations/$provider/${provider}JixiaoDbModelSnapshot.cs"
  if [ -f "$stray" ]; then mv "$stray" "src/Jixiao.Data/Persistence/Migrations/$provider/"; fi
done
rm -rf src/Jixiao.Data/Jixiao
