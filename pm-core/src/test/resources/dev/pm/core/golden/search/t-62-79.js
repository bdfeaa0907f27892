pmSearch.shard("62-79",{"by":[1,1]});
