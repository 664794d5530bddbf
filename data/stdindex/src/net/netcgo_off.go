package net

const netCgoBuildTag = false
