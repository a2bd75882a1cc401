# syntax=docker/dockerfile:1
# Build stage: restore with only the project files first, so the package layer is cached across code changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY ClipBot.sln Directory.Build.props Directory.Packages.props global.json .editorconfig ./
COPY src/ClipBot.Core/ClipBot.Core.csproj src/ClipBot.Core/
COPY src/ClipBot.Redis/ClipBot.Redis.csproj src/ClipBot.Redis/
COPY src/ClipBot.Media/ClipBot.Media.csproj src/ClipBot.Media/
COPY src/ClipBot.Discord/ClipBot.Discord.csproj src/ClipBot.Discord/
COPY src/ClipBot.Host/ClipBot.Host.csproj src/ClipBot.Host/
RUN dotnet restore src/ClipBot.Host/ClipBot.Host.csproj
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/ClipBot.Host/ClipBot.Host.csproj -c Release --no-restore -o /app

# Runtime stage: ASP.NET runtime plus ffmpeg and a font for the local generator's captions.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build /app .
# In a container the Studio listens on all interfaces, so its write actions need CLIPBOT_Web__AdminToken.
ENV CLIPBOT_Web__BindAddress=0.0.0.0 \
    CLIPBOT_Web__Port=8080 \
    CLIPBOT_Data__Path=/data
VOLUME /data
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "ClipBot.Host.dll"]
