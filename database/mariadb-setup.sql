-- Production database for SIGOBito on MariaDB 10.6+ / MySQL 8. Run as an administrator,
-- then set DATABASE_CLIENT=mysql and the DATABASE_* variables (see .env.example).
CREATE DATABASE IF NOT EXISTS sigobito CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'sigobito'@'%' IDENTIFIED BY 'change-this-password';
GRANT ALL PRIVILEGES ON sigobito.* TO 'sigobito'@'%';
FLUSH PRIVILEGES;
