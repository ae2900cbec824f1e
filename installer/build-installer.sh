#!/usr/bin/env bash
# Builds the ComplianceBridge Linux app image and .deb with jpackage (JDK 17+).
#
# Run after `mvn -DskipTests package`, which leaves target/compliance-bridge.jar (manifest
# Class-Path: lib/...) and its runtime dependencies in target/lib/.
#
#   installer/build-installer.sh            # app image + .deb into target/installer/
#   PACKAGE_TYPES=app-image installer/build-installer.sh
#
# What it does:
#   * JavaFX is linked into the Java runtime as named modules (fastest start): the platform
#     JavaFX jars from target/lib (those with a module-info, e.g. javafx-controls-21.0.12-linux.jar)
#     go on jpackage's --module-path. The empty "javafx-*-21.0.12.jar" placeholders are dropped.
#   * Everything else stays on the class path: compliance-bridge.jar plus lib/*.jar via --input.
#   * The runtime gets a fixed list of JDK modules (what the current dependencies need, found
#     with jdeps, plus modules only reached by reflection or service lookup) merged with what
#     jdeps finds at build time starting from the application jar (it follows the class path).
#   * JavaFX's native libraries are copied into the runtime's lib/ directory, and the .deb gets
#     maintainer scripts that survive systems without freedesktop menu directories.
#   * ControlsFX reaches into JavaFX internals; with JavaFX as named modules that needs the
#     --add-exports/--add-opens below (on the plain class path nothing is encapsulated).
#
# Environment: APP_VERSION (default: first <version> after the artifactId in pom.xml, else 0.1.0),
# PACKAGE_TYPES (default "app-image deb"), OUTPUT_DIR (default target/installer), DEB_MAINTAINER,
# EXTRA_MODULES (comma-separated JDK modules to add), JPACKAGE / JDEPS / JAR (tool paths).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$ROOT/target"
OUT="${OUTPUT_DIR:-$TARGET/installer}"
WORK="$TARGET/jpackage-work"
TYPES="${PACKAGE_TYPES:-app-image deb}"

APP_NAME="ComplianceBridge"
PACKAGE_NAME="compliancebridge"
MAIN_JAR="compliance-bridge.jar"
MAIN_CLASS="org.compliancebridge.app.Launcher"
VENDOR="ComplianceBridge"
DESCRIPTION="Offline compliance workbench for pharma, biotech and medical-device quality teams"
ICON="$ROOT/icons/compliance-bridge-256.png"
LICENSE_FILE="$ROOT/LICENSE"
# Debian "Maintainer" e-mail (shown as "ComplianceBridge <address>"); set DEB_MAINTAINER for releases.
DEB_MAINTAINER="${DEB_MAINTAINER:-packaging@compliancebridge.invalid}"

# JDK modules for the class-path libraries (jdeps over the current target/lib, plus modules
# that are only reached by reflection/ServiceLoader: EC crypto, locale data, extra charsets,
# zip file system, preferences, sun.misc.Unsafe).
BASE_MODULES="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.transaction.xa,\
java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs"
FX_MODULES="javafx.base,javafx.graphics,javafx.controls,javafx.fxml,javafx.swing"

JAVA_OPTIONS=(
  "-Dfile.encoding=UTF-8"
  "-Dorg.jooq.no-logo=true"
  "-Dorg.jooq.no-tips=true"
  # ControlsFX (class path) -> JavaFX internals (named modules in the runtime image)
  "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
  "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED"
  "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED"
  "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
  "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED"
)

die() { echo "build-installer: $*" >&2; exit 1; }
log() { echo "==> $*"; }

tool() { # tool NAME OVERRIDE: the override, else $JAVA_HOME/bin/NAME, else NAME on PATH
  local name="$1" override="$2"
  if [[ -n "$override" ]]; then echo "$override"
  elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$name" ]]; then echo "$JAVA_HOME/bin/$name"
  elif command -v "$name" >/dev/null 2>&1; then command -v "$name"
  else die "$name not found (install a full JDK 17+, e.g. openjdk-17-jdk, or set JAVA_HOME)"
  fi
}
JPACKAGE="$(tool jpackage "${JPACKAGE:-}")"
JDEPS="$(tool jdeps "${JDEPS:-}")"
JAR="$(tool jar "${JAR:-}")"

# ---- version ---------------------------------------------------------------------------------
pom_version() {
  [[ -f "$ROOT/pom.xml" ]] || return 0
  awk '/<artifactId>compliance-bridge<\/artifactId>/ { seen = 1 }
       seen && /<version>/ { sub(/.*<version>[[:space:]]*/, ""); sub(/[[:space:]]*<\/version>.*/, ""); print; exit }' \
    "$ROOT/pom.xml"
}
VERSION="${APP_VERSION:-$(pom_version)}"
VERSION="${VERSION:-0.1.0}"
# Keep the leading numeric part only (0.1.0-SNAPSHOT -> 0.1.0): jpackage would accept the suffix,
# but Debian orders 0.1.0-SNAPSHOT-1 after the 0.1.0-1 release.
PKG_VERSION="$(sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/' <<<"$VERSION")"
[[ "$PKG_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot derive a numeric version from '$VERSION'"
[[ "$PKG_VERSION" == "$VERSION" ]] || log "version $VERSION packaged as $PKG_VERSION"

# ---- inputs ----------------------------------------------------------------------------------
[[ -f "$TARGET/$MAIN_JAR" ]] || die "$TARGET/$MAIN_JAR missing: run 'mvn -DskipTests package' first"
[[ -d "$TARGET/lib" ]] || die "$TARGET/lib missing: run 'mvn -DskipTests package' first"
[[ -f "$ICON" ]] || die "icon $ICON missing"
[[ -f "$LICENSE_FILE" ]] || die "license file $LICENSE_FILE missing"
if [[ " $TYPES " == *" deb "* ]]; then
  command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb not found (apt-get install dpkg)"
  command -v fakeroot >/dev/null 2>&1 || die "fakeroot not found (apt-get install fakeroot)"
fi

log "staging into $WORK"
rm -rf "$WORK"
mkdir -p "$WORK/input/lib" "$WORK/fx" "$OUT"
cp "$TARGET/$MAIN_JAR" "$WORK/input/"
fx_count=0
for jar in "$TARGET"/lib/*.jar; do
  base="$(basename "$jar")"
  if [[ "$base" == javafx-* ]]; then
    # Platform jars (…-linux.jar, …-linux-aarch64.jar) are real modules; the unclassified
    # javafx-*.jar are empty placeholders that Maven resolves alongside them.
    if "$JAR" --list --file "$jar" | grep -x 'module-info.class' >/dev/null; then
      cp "$jar" "$WORK/fx/"
      fx_count=$((fx_count + 1))
    fi
  else
    cp "$jar" "$WORK/input/lib/"
  fi
done
((fx_count > 0)) || die "no JavaFX platform jars (javafx-*-linux*.jar) in $TARGET/lib"
for m in ${FX_MODULES//,/ }; do
  ls "$WORK/fx"/"${m/./-}"-*.jar >/dev/null 2>&1 || die "JavaFX module $m not found in $TARGET/lib"
done

# ---- JDK modules -----------------------------------------------------------------------------
# jdeps from the application jar, following the classes it reaches on the class path
# (--print-module-deps is recursive), so JDK APIs used by our own code or by a newly added
# library are linked too. Failure here is not fatal: the fixed list still applies.
app_modules="$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$WORK/fx" --class-path "$WORK/input/lib/*" "$WORK/input/$MAIN_JAR" 2>/dev/null | tail -n 1 || true)"
if [[ ! "$app_modules" =~ ^[a-z][a-z0-9._,]*$ ]]; then
  echo "build-installer: warning: jdeps could not analyse $MAIN_JAR; using the fixed module list" >&2
  app_modules=""
fi
log "jdeps (application jar + class path): ${app_modules:-none}"
MODULES="$(tr ',' '\n' <<<"$BASE_MODULES,$FX_MODULES,$app_modules,${EXTRA_MODULES:-}" | sed '/^$/d' | sort -u | paste -sd, -)"
log "runtime modules: $MODULES"

COMMON=(
  --name "$APP_NAME"
  --app-version "$PKG_VERSION"
  --vendor "$VENDOR"
  --description "$DESCRIPTION"
  --copyright "Copyright $(date +%Y) $VENDOR. Licensed under the Apache License 2.0."
  --icon "$ICON"
)

# ---- app image -------------------------------------------------------------------------------
IMAGE_ARGS=(
  --type app-image
  --dest "$WORK/image"
  "${COMMON[@]}"
  --input "$WORK/input"
  --main-jar "$MAIN_JAR"
  --main-class "$MAIN_CLASS"
  --module-path "$WORK/fx"
  --add-modules "$MODULES"
)
for opt in "${JAVA_OPTIONS[@]}"; do IMAGE_ARGS+=(--java-options "$opt"); done

log "jpackage --type app-image"
"$JPACKAGE" "${IMAGE_ARGS[@]}"
IMAGE="$WORK/image/$APP_NAME"
[[ -x "$IMAGE/bin/$APP_NAME" ]] || die "app image not created at $IMAGE"

# jlink keeps the JavaFX native libraries of modular jars as resources inside lib/modules; at
# run time JavaFX first looks for them in <runtime>/lib and otherwise extracts them into
# ~/.openjfx/cache. Put them into the runtime's lib directory so nothing is written to the home
# folder and nothing depends on the home folder allowing execution.
RUNTIME_LIB="$IMAGE/lib/runtime/lib"
[[ -d "$RUNTIME_LIB" ]] || die "runtime lib directory $RUNTIME_LIB missing"
mkdir -p "$WORK/natives"
for jar in "$WORK"/fx/*.jar; do
  mapfile -t libs < <("$JAR" --list --file "$jar" | grep -E '^[^/]+\.so$' || true)
  if ((${#libs[@]} > 0)); then
    (cd "$WORK/natives" && "$JAR" --extract --file "$jar" "${libs[@]}")
  fi
done
shopt -s nullglob
natives=("$WORK"/natives/*.so)
shopt -u nullglob
((${#natives[@]} > 0)) || die "no JavaFX native libraries found in the JavaFX jars"
install -m 0644 "${natives[@]}" "$RUNTIME_LIB/"
log "JavaFX native libraries placed in lib/runtime/lib: ${#natives[@]}"

if [[ " $TYPES " == *" app-image "* ]]; then
  rm -rf "${OUT:?}/$APP_NAME"
  cp -a "$IMAGE" "$OUT/"
  log "app image: $OUT/$APP_NAME (run $OUT/$APP_NAME/bin/$APP_NAME)"
fi

# ---- .deb ------------------------------------------------------------------------------------
# jpackage's own postinst/prerm run `xdg-desktop-menu install|uninstall` under `set -e`. On systems
# without the freedesktop menu directories (window managers without a menu, minimal installs,
# containers) xdg-desktop-menu exits with "No writable system menu directory found", which leaves
# the package half-configured and impossible to remove. These replacements create the
# directories first and never fail over the menu entry.
write_maintainer_scripts() {
  local dir="$1"
  local desktop="/opt/$PACKAGE_NAME/lib/$PACKAGE_NAME-$APP_NAME.desktop"
  local entry="/usr/share/applications/$PACKAGE_NAME-$APP_NAME.desktop"
  mkdir -p "$dir"
  cat >"$dir/postinst" <<EOF
#!/bin/sh
# postinst for $PACKAGE_NAME (written by installer/build-installer.sh)
set -e

case "\$1" in
    configure)
        mkdir -p /usr/share/applications /usr/share/desktop-directories
        if ! xdg-desktop-menu install "$desktop"; then
            echo "$PACKAGE_NAME: xdg-desktop-menu failed; installing the menu entry directly" >&2
            cp "$desktop" "$entry" || true
        fi
    ;;

    abort-upgrade|abort-remove|abort-deconfigure)
    ;;

    *)
        echo "postinst called with unknown argument \\\`\$1'" >&2
        exit 1
    ;;
esac

exit 0
EOF
  cat >"$dir/prerm" <<EOF
#!/bin/sh
# prerm for $PACKAGE_NAME (written by installer/build-installer.sh)
set -e

case "\$1" in
    remove|upgrade|deconfigure)
        xdg-desktop-menu uninstall "$desktop" || true
        rm -f "$entry"
    ;;

    failed-upgrade)
    ;;

    *)
        echo "prerm called with unknown argument \\\`\$1'" >&2
        exit 1
    ;;
esac

exit 0
EOF
}

if [[ " $TYPES " == *" deb "* ]]; then
  write_maintainer_scripts "$WORK/deb-resources"
  DEB_ARGS=(
    --type deb
    --dest "$OUT"
    "${COMMON[@]}"
    --app-image "$IMAGE"
    --resource-dir "$WORK/deb-resources"
    --license-file "$LICENSE_FILE"
    --linux-package-name "$PACKAGE_NAME"
    --linux-package-deps libgtk-3-0
    --linux-shortcut
    --linux-menu-group Office
    --linux-app-category misc
    --linux-deb-maintainer "$DEB_MAINTAINER"
  )
  log "jpackage --type deb"
  rm -f "$OUT/${PACKAGE_NAME}_${PKG_VERSION}"-*.deb
  "$JPACKAGE" "${DEB_ARGS[@]}"
  debs=("$OUT/${PACKAGE_NAME}_${PKG_VERSION}"-*.deb)
  [[ -f "${debs[0]}" ]] || die "jpackage did not produce $OUT/${PACKAGE_NAME}_${PKG_VERSION}-*.deb"
  DEB="${debs[0]}"
  log "deb: $DEB"
  dpkg-deb --field "$DEB" Package Version Architecture Depends Installed-Size
fi

rm -rf "$WORK"
log "done"
