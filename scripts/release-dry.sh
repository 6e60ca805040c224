#!/usr/bin/env bash
# What a release runs, without publishing: on a scratch copy of the work tree, `changeset version`,
# the build and every check, then `npm publish --dry-run`, which lists the tarball and its size.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/repo"
tar -C "$root" --exclude=./node_modules --exclude=./dist --exclude=./docs/api --exclude=./.git -cf - . | tar -C "$scratch/repo" -xf -
ln -s "$root/node_modules" "$scratch/repo/node_modules"
cd "$scratch/repo"
npx changeset version
echo "version after changeset version: $(node -p "require('./package.json').version")"
npm test
npm publish --dry-run --ignore-scripts
