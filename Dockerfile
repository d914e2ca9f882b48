# The built page behind nginx, with its security policy and cache rules as headers.
# docker build -t shardscope . && docker run -p 8080:8080 shardscope
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/headers.conf /etc/nginx/shardscope-headers.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
