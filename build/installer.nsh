; The deployed kiosk starts at login on Windows: a shortcut in the Startup folder of all users
; (the installer is per machine, so the shell context is "all"), made at install and removed at
; uninstall. electron-builder includes this file (nsis.include in build/electron-builder.yml);
; test/unit/build/autostart.test.ts checks it.

!macro customInstall
  CreateShortCut "$SMSTARTUP\${PRODUCT_NAME}.lnk" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--kiosk-fullscreen"
!macroend

!macro customUnInstall
  Delete "$SMSTARTUP\${PRODUCT_NAME}.lnk"
!macroend
