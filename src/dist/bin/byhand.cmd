@rem byhand's launcher for Windows: runs lib\byhand.jar with JVM options suited to a command that
@rem runs for seconds.
@rem
@rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java.exe on the PATH (as Gradle's
@rem start scripts). JVM options, in this order, so that a later one wins: DEFAULT_JVM_OPTS below (the
@rem quick C1 compiler only and the serial collector), then JAVA_OPTS, then BYHAND_OPTS; a collector
@rem chosen in those replaces ours. Class-data sharing is left to the sh script (bin/byhand).
@if "%DEBUG%"=="" @echo off
setlocal

set "APP_HOME=%~dp0.."
for %%i in ("%APP_HOME%") do set "APP_HOME=%%~fi"

set DEFAULT_JVM_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC
echo. %JAVA_OPTS% %BYHAND_OPTS% | findstr /r /c:"-XX:+Use[A-Za-z]*GC" >NUL 2>&1
if %ERRORLEVEL% equ 0 set DEFAULT_JVM_OPTS=-XX:TieredStopAtLevel=1

if defined JAVA_HOME goto javaHome
set JAVA_EXE=java.exe
where /q java.exe
if %ERRORLEVEL% equ 0 goto execute
echo byhand: JAVA_HOME is not set and no 'java' command is on the PATH. 1>&2
echo Install Java 17 or newer, or set JAVA_HOME to the folder of a Java installation. 1>&2
exit /b 1

:javaHome
set "JAVA_HOME=%JAVA_HOME:"=%"
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto execute
echo byhand: JAVA_HOME is set to an invalid folder: %JAVA_HOME% 1>&2
echo Set JAVA_HOME to the folder of a Java 17 (or newer) installation. 1>&2
exit /b 1

:execute
"%JAVA_EXE%" %DEFAULT_JVM_OPTS% %JAVA_OPTS% %BYHAND_OPTS% -classpath "%APP_HOME%\lib\byhand.jar" dev.byhand.cli.Main %*
exit /b %ERRORLEVEL%
