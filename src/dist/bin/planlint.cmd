@echo off
rem planlint, as released, for Windows: runs lib\planlint.jar on Java 17 or later (JAVA_HOME, else java on PATH).
rem A class-data archive beside the jar, made on the first run where the folder is writable, shortens later starts.
setlocal
set "PLANLINT_LIB=%~dp0..\lib"
set "PLANLINT_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "PLANLINT_JAVA=%JAVA_HOME%\bin\java.exe"
if "%PLANLINT_JAVA%"=="java" (
  where java >nul 2>nul || (
    echo planlint: Java 17 or later is needed: install it, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
set "PLANLINT_QUIET=-XX:+IgnoreUnrecognizedVMOptions -Xlog:disable -Xlog:all=error:stderr"
set "PLANLINT_CDS="
if not defined PLANLINT_NO_CDS (
  if exist "%PLANLINT_LIB%\planlint.jsa" (
    set "PLANLINT_CDS=-XX:SharedArchiveFile="%PLANLINT_LIB%\planlint.jsa" -XX:+AutoCreateSharedArchive"
  ) else (
    copy /y nul "%PLANLINT_LIB%\.planlint-writable" >nul 2>nul && (
      del "%PLANLINT_LIB%\.planlint-writable" >nul 2>nul
      set "PLANLINT_CDS=-XX:ArchiveClassesAtExit="%PLANLINT_LIB%\planlint.jsa""
    )
  )
)
echo %* | findstr /c:"--rules" >nul && set "PLANLINT_CDS="
rem A check of files ends before the optimising compiler pays off: the quick compiler alone starts faster. A folder
rem is a batch, which streams its files: both compilers, and a heap cap, since the JVM would otherwise grow the heap
rem towards a quarter of the machine's memory before it collects (left out when the user sets -Xmx).
set "PLANLINT_TIERED=-XX:TieredStopAtLevel=1"
set "PLANLINT_HEAP="
for %%A in (%*) do if exist "%%~A\*" (
  set "PLANLINT_TIERED="
  set "PLANLINT_HEAP=-Xmx512m"
)
set JAVA_TOOL_OPTIONS 2>nul | findstr /c:"-Xmx" >nul && set "PLANLINT_HEAP="
set JDK_JAVA_OPTIONS 2>nul | findstr /c:"-Xmx" >nul && set "PLANLINT_HEAP="
"%PLANLINT_JAVA%" %PLANLINT_QUIET% %PLANLINT_TIERED% %PLANLINT_HEAP% %PLANLINT_CDS% -jar "%PLANLINT_LIB%\planlint.jar" %*
exit /b %ERRORLEVEL%
